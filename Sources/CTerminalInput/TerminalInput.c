#include "CTerminalInput.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdatomic.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

// Flags are lock-free atomics so a signal handler can set them and any thread can read them.
static atomic_int interrupt_flag = 0;
static atomic_int resize_flag = 0;
static atomic_int continue_flag = 0;

// Both ends non-blocking: the handler must never block on a full pipe.
static int wake_pipe[2] = {-1, -1};
static int interrupt_handler_installed = 0;

static int terminal_read_fd = -1;
static int terminal_modes_fd = -1;
static struct termios saved_modes;
static atomic_int saved_modes_valid = 0;
static mbstate_t decode_state;

static void wake(void) {
    int saved_errno = errno;
    if (wake_pipe[1] >= 0) {
        char byte = 1;
        ssize_t ignored = write(wake_pipe[1], &byte, 1);
        (void)ignored;
    }
    errno = saved_errno;
}

static void drain_wake_pipe(void) {
    char buffer[64];
    if (wake_pipe[0] < 0) return;
    while (read(wake_pipe[0], buffer, sizeof buffer) > 0) {}
}

static void handle_interrupt(int signal_number) {
    (void)signal_number;
    atomic_store(&interrupt_flag, 1);
    wake();
}

static void handle_resize(int signal_number) {
    (void)signal_number;
    atomic_store(&resize_flag, 1);
    wake();
}

static int make_pipe(void) {
    if (wake_pipe[0] >= 0) return 0;
    if (pipe(wake_pipe) != 0) return -1;
    for (int i = 0; i < 2; i++) {
        fcntl(wake_pipe[i], F_SETFL, fcntl(wake_pipe[i], F_GETFL) | O_NONBLOCK);
        fcntl(wake_pipe[i], F_SETFD, FD_CLOEXEC);
    }
    return 0;
}

static int install(int signal_number, void (*handler)(int)) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0; // no SA_RESTART: a blocking read must fail with EINTR
    return sigaction(signal_number, &action, NULL);
}

int cti_install_interrupt_handler(void) {
    if (interrupt_handler_installed) return 0;
    if (make_pipe() != 0) return -1;
    if (install(SIGINT, handle_interrupt) != 0) return -1;
    interrupt_handler_installed = 1;
    return 0;
}

int cti_interrupt_is_set(void) { return atomic_load(&interrupt_flag); }

void cti_interrupt_reset(void) {
    atomic_store(&interrupt_flag, 0);
    drain_wake_pipe();
}

void cti_interrupt_raise(void) {
    atomic_store(&interrupt_flag, 1);
    wake();
}

void cti_restore_terminal(void) {
    if (atomic_load(&saved_modes_valid) && terminal_modes_fd >= 0) {
        tcsetattr(terminal_modes_fd, TCSADRAIN, &saved_modes);
    }
}

// Restores the terminal, then dies of the same signal so the parent sees the usual status.
static void handle_termination(int signal_number) {
    cti_restore_terminal();
    signal(signal_number, SIG_DFL);
    raise(signal_number);
}

// Ctrl-Z: put the terminal back as the user's shell expects it, stop, and on resume restore the
// editor's modes and ask the editor to redraw.
static void handle_stop(int signal_number) {
    int saved_errno = errno;
    struct termios editing_modes;
    int have_editing_modes = terminal_modes_fd >= 0 && tcgetattr(terminal_modes_fd, &editing_modes) == 0;
    cti_restore_terminal();
    signal(signal_number, SIG_DFL);
    sigset_t unblock;
    sigemptyset(&unblock);
    sigaddset(&unblock, signal_number);
    sigprocmask(SIG_UNBLOCK, &unblock, NULL);
    raise(signal_number);
    // Execution continues here after SIGCONT.
    install(signal_number, handle_stop);
    if (have_editing_modes) tcsetattr(terminal_modes_fd, TCSADRAIN, &editing_modes);
    atomic_store(&continue_flag, 1);
    wake();
    errno = saved_errno;
}

int cti_open_terminal(int terminal_fd) {
    if (!isatty(terminal_fd)) return -1;
    if (make_pipe() != 0) return -1;
    terminal_modes_fd = terminal_fd;
    if (tcgetattr(terminal_fd, &saved_modes) == 0) atomic_store(&saved_modes_valid, 1);
    const char *path = ttyname(terminal_fd);
    if (path != NULL) terminal_read_fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    memset(&decode_state, 0, sizeof decode_state);
    install(SIGTERM, handle_termination);
    install(SIGHUP, handle_termination);
    install(SIGQUIT, handle_termination);
    install(SIGTSTP, handle_stop);
    install(SIGWINCH, handle_resize);
    return 0;
}

void cti_close_terminal(void) {
    if (terminal_read_fd >= 0) close(terminal_read_fd);
    terminal_read_fd = -1;
    signal(SIGTERM, SIG_DFL);
    signal(SIGHUP, SIG_DFL);
    signal(SIGQUIT, SIG_DFL);
    signal(SIGTSTP, SIG_DFL);
    signal(SIGWINCH, SIG_DFL);
    atomic_store(&saved_modes_valid, 0);
    terminal_modes_fd = -1;
}

int cti_read_character(wchar_t *character) {
    // Without a private descriptor fall back to the shared one; it stays blocking, so a read
    // after poll could block, which is why the private descriptor is preferred.
    int fd = terminal_read_fd >= 0 ? terminal_read_fd : terminal_modes_fd;
    if (fd < 0) fd = 0;
    for (;;) {
        if (atomic_load(&interrupt_flag)) {
            memset(&decode_state, 0, sizeof decode_state);
            errno = EINTR;
            return CTI_INTERRUPTED;
        }
        if (atomic_exchange(&resize_flag, 0)) return CTI_RESIZED;
        if (atomic_exchange(&continue_flag, 0)) return CTI_CONTINUED;

        struct pollfd watched[2] = {
            {.fd = fd, .events = POLLIN},
            {.fd = wake_pipe[0], .events = POLLIN},
        };
        int ready = poll(watched, wake_pipe[0] >= 0 ? 2 : 1, -1);
        if (ready < 0) {
            if (errno == EINTR) continue;
            return CTI_END_OF_INPUT;
        }
        if (wake_pipe[0] >= 0 && (watched[1].revents & POLLIN)) drain_wake_pipe();
        if (watched[0].revents & (POLLIN | POLLHUP | POLLERR)) {
            unsigned char byte;
            ssize_t count = read(fd, &byte, 1);
            if (count == 0) return CTI_END_OF_INPUT;
            if (count < 0) {
                if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR) continue;
                return CTI_END_OF_INPUT;
            }
            wchar_t decoded;
            size_t used = mbrtowc(&decoded, (const char *)&byte, 1, &decode_state);
            if (used == (size_t)-2) continue; // middle of a multibyte character
            if (used == (size_t)-1) {         // invalid byte: drop it and start afresh
                memset(&decode_state, 0, sizeof decode_state);
                continue;
            }
            *character = decoded;
            return 1;
        }
    }
}
