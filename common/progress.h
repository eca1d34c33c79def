/*
 * progress.h: the progress line on standard error (emp-score(1) and
 * emp-ingest(1), PROGRESS).
 *
 * While a command reads its input files (cli_each_input()), one line says
 * how far it is: the rows read (of every input so far), the rate of the
 * input as stored (gzip: compressed bytes) in MB/s (10^6 bytes) since the
 * start, and the share of the current file read when it is a regular file
 * (standard input redirected from one is):
 *
 *	emp-score: 1200000 rows, 85.2 MB/s, 41% of events.csv
 *
 * When standard error is a terminal the line appears once the run has
 * lasted PROGRESS_DELAY seconds, is rewritten in place (\r) every
 * PROGRESS_TICK seconds, cut to the terminal's width (80 columns when it
 * does not say), is wiped before any diagnostic (util.c calls
 * emp_diag_hook around each one: the two never mix) and at the end.  When
 * it is not (a pipe, a file, cron) there is no line, unless --progress
 * forces it: on a terminal it then starts at once, elsewhere it is written
 * as whole lines every PROGRESS_EVERY seconds and a last one at the end:
 *
 *	emp-score: 5000 rows, 3.1 MB/s, done
 *
 * EMP_PROGRESS_INTERVAL=SECONDS (a number, fractions allowed; meant for
 * tests) replaces all three periods.
 *
 * Who reports: progress_file(path) makes path the current file; a reader
 * then opened on that same path (csvread.c, csv_reader_open()) counts its
 * bytes and rows into progress_count(), from whatever thread reads it.
 * State is the process's own, behind a mutex; nothing to free.
 */
#ifndef PROGRESS_H
#define PROGRESS_H

#include <stdint.h>

#define PROGRESS_DELAY	2.0
#define PROGRESS_TICK	0.25
#define PROGRESS_EVERY	5.0

/* After the options, once: the line on (forced, or standard error a
 * terminal) or off for the run.  An invalid EMP_PROGRESS_INTERVAL is a
 * usage error. */
void	progress_init(int forced);
/* The input file now read ("-": standard input), and its end. */
void	progress_file(const char *path);
void	progress_file_done(void);
/* All read: the line wiped, or its last line written (forced, no
 * terminal). */
void	progress_end(void);
/* For the readers: 1 when a reader opened on path reports. */
int	progress_claims(const char *path);
/* What the current file's reader has read so far: bytes, rows, and the
 * file's size (0: not a regular file).  May draw the line. */
void	progress_count(uint64_t bytes, uint64_t rows, uint64_t size);

#endif
