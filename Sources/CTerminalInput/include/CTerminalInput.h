// Signal-safe terminal input state shared by LineEditing: the interrupt flag, the self-pipe that
// wakes a blocked read, a private non-blocking descriptor on the terminal, and the saved terminal
// modes. It lives in C because a signal handler may only touch plain memory and call
// async-signal-safe functions, and because exactly one copy of this state must exist.
#ifndef C_TERMINAL_INPUT_H
#define C_TERMINAL_INPUT_H

#include <wchar.h>

/// Installs the SIGINT handler (without SA_RESTART) and creates the wake-up pipe. Idempotent.
/// Returns 0, or -1 with errno set.
int cti_install_interrupt_handler(void);

/// Whether SIGINT arrived since the last reset.
int cti_interrupt_is_set(void);

/// Clears the interrupt flag and empties the wake-up pipe.
void cti_interrupt_reset(void);

/// Sets the flag as SIGINT would (for tests and for code that wants to cancel itself).
void cti_interrupt_raise(void);

/// Opens a private non-blocking descriptor on the terminal behind `terminal_fd` (by its path, so
/// the shared descriptor's flags stay untouched), saves the terminal's current modes, and
/// installs handlers that restore those modes on SIGTERM, SIGHUP and SIGQUIT before dying, and
/// around SIGTSTP. Returns 0, or -1 when the descriptor is not a terminal.
int cti_open_terminal(int terminal_fd);

/// Restores the modes saved by cti_open_terminal. Async-signal-safe.
void cti_restore_terminal(void);

/// Closes the private descriptor and removes the termination handlers.
void cti_close_terminal(void);

/// Result codes of cti_read_character besides 1 (one character read).
enum {
    CTI_END_OF_INPUT = 0,
    CTI_INTERRUPTED = -1,
    CTI_RESIZED = -2,
    CTI_CONTINUED = -3,
};

/// Waits for one character from the terminal, decoding UTF-8 with the current locale.
/// Returns 1 and stores the character, CTI_END_OF_INPUT, CTI_INTERRUPTED (errno = EINTR) when
/// SIGINT arrived, CTI_RESIZED after SIGWINCH, or CTI_CONTINUED after the process was resumed.
int cti_read_character(wchar_t *character);

#endif
