/*
 * fuzz_agentmap: emp-ingest's agent map (-a FILE, alias,agent[,team])
 * over arbitrary bytes, through the public API: the bytes become the map
 * file of ingest_new(), and a map that loads is used on a small Five9
 * export whose agents are aliases.  A map that is refused gives NULL
 * (with a message) and must leave nothing allocated behind.
 */
#define _GNU_SOURCE
#include <sys/mman.h>

#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ingest.h"
#include "memfile.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static const char five9[] =
    "CALL ID,TIMESTAMP,AGENT,TALK TIME,HOLD TIME,AFTER CALL WORK TIME\n"
    "1,\"Mon, 02 Mar 2026 08:00:56\",ana@x,00:07:18,00:00:00,00:02:30\n"
    "2,\"Mon, 02 Mar 2026 08:11:12\",b,00:04:49,00:00:00,00:01:47\n"
    "3,\"Mon, 02 Mar 2026 08:12:12\",,00:04:49,00:00:00,00:01:47\n";

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static int devnull = -1, efd = -1;
	static char epath[64];
	struct ingest_opts o;
	struct csv_writer w, rej;
	struct ingest *g;
	char path[64];
	int fd;

	if (devnull == -1 && (devnull = open("/dev/null", O_WRONLY)) == -1)
		abort();
	if (efd == -1)
		efd = memfile(five9, sizeof(five9) - 1, epath, sizeof(epath));
	memset(&o, 0, sizeof(o));
	o.maxwarn = 0;
	if ((o.conv.tz = tz_init(NULL)) == NULL)
		abort();
	fd = memfile(data, size, path, sizeof(path));
	o.agent_map = path;
	csv_writer_init(&w, devnull, "null", ',', 0);
	csv_writer_init(&rej, devnull, "null", ',', 0);

	if ((g = ingest_new(&o, &w, &rej)) != NULL) {
		(void)ingest_file(g, epath);
		ingest_finish(g);
		ingest_free(g);
	}
	csv_writer_flush(&w);
	csv_writer_flush(&rej);
	free(w.buf);
	free(rej.buf);
	sb_free(&w.enc);
	sb_free(&rej.enc);
	close(fd);
	tz_free(o.conv.tz);
	return 0;
}
