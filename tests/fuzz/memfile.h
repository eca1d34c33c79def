/*
 * memfile.h: for the harnesses that read files by name: the bytes in an
 * anonymous memory file, its path (/proc/self/fd/N) in path; returns the
 * fd, to close after the run.
 */
#ifndef MEMFILE_H
#define MEMFILE_H

#include <sys/mman.h>

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static int
memfile(const void *data, size_t size, char *path, size_t psize)
{
	int fd;

	if ((fd = memfd_create("fuzz", 0)) == -1)
		abort();
	if (size > 0 && write(fd, data, size) != (ssize_t)size)
		abort();
	snprintf(path, psize, "/proc/self/fd/%d", fd);
	return fd;
}

#endif
