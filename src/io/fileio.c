/*
 * fileio.c - atomic, private file writes (see include/pmpath/fileio.h).
 */
#include "pmpath/fileio.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "pmpath/util.h"
#include "pmpath/banned.h"

/*
 * The target exists and is not a regular file (/dev/stdout, a pipe, a
 * terminal, /dev/full): write to it as it is.  Renaming a temporary file
 * over it would replace the device itself.
 */
static int write_in_place(const char *path, const char *p, size_t len)
{
	int fd = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC), saved;
	if (fd < 0)
		return error("%s: %s", path, strerror(errno));
	while (len > 0) {
		ssize_t n = write(fd, p, len);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			saved = errno;
			close(fd);
			return error("%s: %s", path, strerror(saved));
		}
		p += n;
		len -= (size_t)n;
	}
	if (close(fd) != 0)
		return error("%s: %s", path, strerror(errno));
	return 0;
}

int file_write_atomic(const char *path, const void *data, size_t len)
{
	char *tmp;
	const char *p = data;
	int fd, saved;
	struct stat st;
	if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
		if (S_ISDIR(st.st_mode))
			return error("%s: %s", path, strerror(EISDIR));
		return write_in_place(path, data, len);
	}
	tmp = xasprintf("%s.tmp-XXXXXX", path);
	fd = mkstemp(tmp);
	if (fd < 0) {
		saved = errno;
		free(tmp);
		return error("%s: %s", path, strerror(saved));
	}
	/* mkstemp creates 0600 already; be explicit whatever the libc. */
	if (fchmod(fd, 0600) != 0)
		goto fail;
	while (len > 0) {
		ssize_t n = write(fd, p, len);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			goto fail;
		}
		p += n;
		len -= (size_t)n;
	}
	if (fsync(fd) != 0)
		goto fail;
	if (close(fd) != 0) {
		fd = -1;
		goto fail;
	}
	fd = -1;
	if (rename(tmp, path) != 0)
		goto fail;
	free(tmp);
	return 0;
fail:
	saved = errno;
	if (fd >= 0)
		close(fd);
	unlink(tmp);
	free(tmp);
	return error("%s: %s", path, strerror(saved));
}
