// libedit for Swift: typed static inline wrappers around its variadic calls (el_set, el_get,
// history), which Swift cannot import, and accessors for the C standard streams, which Swift 6
// rejects as shared mutable globals.
//
// SwiftPM does not notice edits to this header: touch a Swift file of LineEditing (or remove
// .build) after changing it.
#ifndef C_EDIT_LINE_SHIM_H
#define C_EDIT_LINE_SHIM_H

#include <stdio.h>
#include <histedit.h>

/// The prompt callback: returns the prompt text, kept alive by the caller.
typedef char *(*fe_prompt_function)(EditLine *);
/// A bindable editor command: receives the key, returns a CC_ code.
typedef unsigned char (*fe_command_function)(EditLine *, int);

static inline FILE *fe_standard_input(void) { return stdin; }
static inline FILE *fe_standard_output(void) { return stdout; }
static inline FILE *fe_standard_error(void) { return stderr; }

static inline int fe_set_editor(EditLine *el, const char *editor) {
    return el_set(el, EL_EDITOR, editor);
}

static inline int fe_set_prompt(EditLine *el, fe_prompt_function prompt, char invisible_delimiter) {
    return el_set(el, EL_PROMPT_ESC, prompt, (int)invisible_delimiter);
}

static inline int fe_set_history(EditLine *el, History *history_state) {
    return el_set(el, EL_HIST, history, history_state);
}

static inline int fe_set_signal_handling(EditLine *el, int enabled) {
    return el_set(el, EL_SIGNAL, enabled);
}

static inline int fe_set_read_character(EditLine *el, el_rfunc_t function) {
    return el_set(el, EL_GETCFN, function);
}

static inline int fe_set_client_data(EditLine *el, void *data) {
    return el_set(el, EL_CLIENTDATA, data);
}

static inline void *fe_client_data(EditLine *el) {
    void *data = NULL;
    el_get(el, EL_CLIENTDATA, &data);
    return data;
}

static inline int fe_add_function(EditLine *el, const char *name, const char *help, fe_command_function function) {
    return el_set(el, EL_ADDFN, name, help, function);
}

static inline int fe_bind(EditLine *el, const char *key, const char *command) {
    return el_set(el, EL_BIND, key, command, NULL);
}

static inline FILE *fe_output_stream(EditLine *el) {
    FILE *stream = NULL;
    if (el_get(el, EL_GETFP, 1, &stream) != 0) return NULL;
    return stream;
}

static inline int fe_terminal_columns(EditLine *el) {
    int columns = 0;
    if (el_get(el, EL_GETTC, "co", &columns, NULL) != 0 || columns <= 0) return 80;
    return columns;
}

static inline int fe_refresh(EditLine *el) {
    return el_set(el, EL_REFRESH);
}

static inline int fe_history_set_size(History *history_state, int size) {
    HistEvent event;
    return history(history_state, &event, H_SETSIZE, size);
}

static inline int fe_history_set_unique(History *history_state, int unique) {
    HistEvent event;
    return history(history_state, &event, H_SETUNIQUE, unique);
}

static inline int fe_history_enter(History *history_state, const char *line) {
    HistEvent event;
    return history(history_state, &event, H_ENTER, line);
}

#endif
