/*
 * fileio.h - write a file the way a user's data deserves: created with
 * mode 0600, written to a temporary file in the same directory, flushed
 * to disk, then renamed over the target, so a reader never sees half a
 * file and a failure leaves the old file (if any) untouched.
 */
#ifndef PMPATH_FILEIO_H
#define PMPATH_FILEIO_H

#include <stddef.h>

/* Returns 0, or -1 after printing "pmpath: PATH: reason".  A target that
 * exists and is not a regular file (/dev/stdout, a pipe, /dev/full) is
 * written in place instead: renaming over it would replace the device. */
int file_write_atomic(const char *path, const void *data, size_t len);

#endif
