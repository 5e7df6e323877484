//! macOS's errno names and `strerror` texts, for the runtime's errno range: for a POSIX error
//! the Security framework returns `errSecErrnoBase` (100,000) plus errno, up to
//! `errSecErrnoLimit` (100,255), and macOS shows it as `UNIX[<strerror(errno)>]`.
//!
//! `expand::runtime` writes the runtime's tables from [`texts`] and [`by_name`]: laid out here,
//! natively, rather than by const evaluation in `sec-codes`, which took most of a second.

/// macOS's errno names and `strerror` texts (Apple Libc, `gen/errlst.c`), errno 0 first, one
/// line each: the name, a space, the text. errno 0 has no constant; `errlst.c` calls it
/// `ENOERROR`. `sec-codes`' `tests/errno.rs` checks every line against macOS's table.
const TABLE: &str = "\
ENOERROR Undefined error: 0
EPERM Operation not permitted
ENOENT No such file or directory
ESRCH No such process
EINTR Interrupted system call
EIO Input/output error
ENXIO Device not configured
E2BIG Argument list too long
ENOEXEC Exec format error
EBADF Bad file descriptor
ECHILD No child processes
EDEADLK Resource deadlock avoided
ENOMEM Cannot allocate memory
EACCES Permission denied
EFAULT Bad address
ENOTBLK Block device required
EBUSY Resource busy
EEXIST File exists
EXDEV Cross-device link
ENODEV Operation not supported by device
ENOTDIR Not a directory
EISDIR Is a directory
EINVAL Invalid argument
ENFILE Too many open files in system
EMFILE Too many open files
ENOTTY Inappropriate ioctl for device
ETXTBSY Text file busy
EFBIG File too large
ENOSPC No space left on device
ESPIPE Illegal seek
EROFS Read-only file system
EMLINK Too many links
EPIPE Broken pipe
EDOM Numerical argument out of domain
ERANGE Result too large
EAGAIN Resource temporarily unavailable
EINPROGRESS Operation now in progress
EALREADY Operation already in progress
ENOTSOCK Socket operation on non-socket
EDESTADDRREQ Destination address required
EMSGSIZE Message too long
EPROTOTYPE Protocol wrong type for socket
ENOPROTOOPT Protocol not available
EPROTONOSUPPORT Protocol not supported
ESOCKTNOSUPPORT Socket type not supported
ENOTSUP Operation not supported
EPFNOSUPPORT Protocol family not supported
EAFNOSUPPORT Address family not supported by protocol family
EADDRINUSE Address already in use
EADDRNOTAVAIL Can't assign requested address
ENETDOWN Network is down
ENETUNREACH Network is unreachable
ENETRESET Network dropped connection on reset
ECONNABORTED Software caused connection abort
ECONNRESET Connection reset by peer
ENOBUFS No buffer space available
EISCONN Socket is already connected
ENOTCONN Socket is not connected
ESHUTDOWN Can't send after socket shutdown
ETOOMANYREFS Too many references: can't splice
ETIMEDOUT Operation timed out
ECONNREFUSED Connection refused
ELOOP Too many levels of symbolic links
ENAMETOOLONG File name too long
EHOSTDOWN Host is down
EHOSTUNREACH No route to host
ENOTEMPTY Directory not empty
EPROCLIM Too many processes
EUSERS Too many users
EDQUOT Disc quota exceeded
ESTALE Stale NFS file handle
EREMOTE Too many levels of remote in path
EBADRPC RPC struct is bad
ERPCMISMATCH RPC version wrong
EPROGUNAVAIL RPC prog. not avail
EPROGMISMATCH Program version wrong
EPROCUNAVAIL Bad procedure for program
ENOLCK No locks available
ENOSYS Function not implemented
EFTYPE Inappropriate file type or format
EAUTH Authentication error
ENEEDAUTH Need authenticator
EPWROFF Device power is off
EDEVERR Device error
EOVERFLOW Value too large to be stored in data type
EBADEXEC Bad executable (or shared library)
EBADARCH Bad CPU type in executable
ESHLIBVERS Shared library version mismatch
EBADMACHO Malformed Mach-o file
ECANCELED Operation canceled
EIDRM Identifier removed
ENOMSG No message of desired type
EILSEQ Illegal byte sequence
ENOATTR Attribute not found
EBADMSG Bad message
EMULTIHOP EMULTIHOP (Reserved)
ENODATA No message available on STREAM
ENOLINK ENOLINK (Reserved)
ENOSR No STREAM resources
ENOSTR Not a STREAM
EPROTO Protocol error
ETIME STREAM ioctl timeout
EOPNOTSUPP Operation not supported on socket
ENOPOLICY Policy not found
ENOTRECOVERABLE State not recoverable
EOWNERDEAD Previous owner died
EQFULL Interface output queue is full
ENOTCAPABLE Capabilities insufficient";

/// How many statuses the range has: errno 0 to 255.
const COUNT: usize = 256;

/// The named errnos: `(name, strerror)`, errno 0 first.
fn named() -> impl Iterator<Item = (&'static str, &'static str)> {
    TABLE.lines().filter_map(|line| line.split_once(' '))
}

/// Each errno's name, then its message, errno 0 to 255: `UNIX_EACCES`, `UNIX[Permission
/// denied]`; past the table, `UNIX_200`, `UNIX[Unknown error: 200]` (macOS's `strerror` there).
pub fn texts() -> Vec<String> {
    let mut named = named();
    let mut texts = Vec::with_capacity(2 * COUNT);
    for errno in 0..COUNT {
        let (name, message) = match named.next() {
            Some((name, text)) => (format!("UNIX_{name}"), format!("UNIX[{text}]")),
            None => (
                format!("UNIX_{errno}"),
                format!("UNIX[Unknown error: {errno}]"),
            ),
        };
        texts.push(name);
        texts.push(message);
    }
    texts
}

/// The named errnos in the order of their names, for a binary search.
pub fn by_name() -> Vec<usize> {
    let names: Vec<&str> = named().map(|(name, _)| name).collect();
    let mut order: Vec<usize> = (0..names.len()).collect();
    order.sort_by_key(|&errno| names[errno]);
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_errno_has_a_name_and_a_message() {
        let texts = texts();
        assert_eq!(texts.len(), 512);
        assert_eq!(texts[26], "UNIX_EACCES");
        assert_eq!(texts[27], "UNIX[Permission denied]");
        assert_eq!(texts[2 * 107], "UNIX_ENOTCAPABLE");
        assert_eq!(texts[2 * 108], "UNIX_108");
        assert_eq!(texts[2 * 255 + 1], "UNIX[Unknown error: 255]");
    }

    #[test]
    fn names_in_order() {
        let order = by_name();
        assert_eq!(order.len(), 108);
        let names: Vec<_> = named().map(|(name, _)| name).collect();
        assert!(order.windows(2).all(|pair| names[pair[0]] < names[pair[1]]));
    }
}
