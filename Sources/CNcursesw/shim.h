#ifndef ROLLKARTA_CNCURSESW_SHIM_H
#define ROLLKARTA_CNCURSESW_SHIM_H

// SwiftPM drops pkg-config's -D flags, so ask for the wide-character API here,
// before the header is read; otherwise get_wch and cchar_t are not declared.
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#define NCURSES_WIDECHAR 1

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

// Swift 6 refuses C globals and cannot import function-like macros: reach them here.
static inline WINDOW *rk_stdscr(void) { return stdscr; }
static inline int rk_lines(void) { return LINES; }
static inline int rk_cols(void) { return COLS; }
static inline int rk_color_pairs(void) { return COLOR_PAIRS; }
static inline int rk_colors(void) { return COLORS; }
static inline attr_t rk_color_pair(short pair) { return (attr_t)COLOR_PAIR(pair); }
static inline attr_t rk_a_bold(void) { return A_BOLD; }
static inline attr_t rk_a_reverse(void) { return A_REVERSE; }
static inline attr_t rk_a_underline(void) { return A_UNDERLINE; }
static inline attr_t rk_a_dim(void) { return A_DIM; }
static inline attr_t rk_a_normal(void) { return A_NORMAL; }
static inline int rk_key_code_yes(void) { return KEY_CODE_YES; }
static inline int rk_err(void) { return ERR; }
/// The window's background: what ncurses fills cleared and newly exposed cells with.
static inline int rk_set_background(short pair) { return wbkgd(stdscr, (chtype)COLOR_PAIR(pair) | ' '); }

// Glibc's Swift module does not export wcwidth.
int wcwidth(wchar_t c);

/// Draws one cell: a grapheme given as up to 5 wide characters, with attributes and colour pair.
static inline int rk_put_cell(int y, int x, const wchar_t *text, attr_t attrs, short pair) {
    cchar_t cell;
    if (setcchar(&cell, text, attrs, pair, NULL) != OK) return ERR;
    return mvadd_wch(y, x, &cell);
}

/// True when the terminal named by TERM can address the cursor (terminfo cup); without it
/// ncurses would start and then wait forever (seen with TERM=dumb).
static inline int rk_terminal_can_address_cursor(void) {
    int status = 0;
    if (setupterm(NULL, 1, &status) != OK) return 0;
    char *cup = tigetstr("cup");
    int usable = cup != NULL && cup != (char *)-1;
    del_curterm(cur_term);
    return usable;
}

#endif
