#!/usr/bin/env python3
"""Writes a syslog-like log for benchmarking `secerr --explain` (not a test).

Usage: gen-log.py [MEGABYTES] > explain.log     (100 MB if omitted)

Lines carry what real logs do -- timestamps, host names, pids, ports, hex addresses, versions,
UUIDs, durations -- and about one line in 300 mentions a result code in one of the forms that
--explain recognizes. The output is the same for the same size (fixed seed).
"""
import random
import sys

FINDINGS = [
    "SecItemCopyMatching failed: OSStatus error -25300",
    "The operation couldn't be completed. (OSStatus error -34.)",
    "Error Domain=NSOSStatusErrorDomain Code=-25300 \"(null)\"",
    "SecTrustEvaluate status=-67671",
    "keychain add err=-25299",
    "SecKeyCreateSignature returned (-50)",
    "delete status: -25300",
    "securityd replied 0xFFFF9D2C",
    "lookup failed: errSecItemNotFound",
    "SecCodeCheckValidity: errSecCSUnsigned",
    "CFNetwork SSLHandshake failed (-9806)",
]
PROCESSES = ["securityd", "trustd", "nsurlsessiond", "cloudd", "apsd", "kernel", "mDNSResponder"]
MESSAGES = [
    "connection {n} from 10.{a}.{b}.{c}:{port} accepted",
    "worker {n} finished in {ms}.{us} ms, rss {kb} kB",
    "mapped region at 0x7ff{h:09x} size {kb} kB",
    "client v{maj}.{min}.{pat} (build {b}A{n}) checked in, pid {pid}",
    "session {uuid} state changed to {state} after {ms} ms",
    "retrying request {n} in {ms} ms (attempt {a} of 5), code {c}",
    "flushed {n} records to disk, -{b} pending, status ok",
]
STATES = ["active", "idle", "suspended", "terminated"]


def main():
    megabytes = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    target = megabytes * 1_000_000
    rng = random.Random(1)
    out = sys.stdout
    written = 0
    line_no = 0
    chunk = []
    while written < target:
        line_no += 1
        sec = line_no // 50
        stamp = "2024-05-%02d %02d:%02d:%02d.%06d-0700" % (
            1 + sec // 86400 % 28, sec // 3600 % 24, sec // 60 % 60, sec % 60,
            rng.randrange(1_000_000))
        process = rng.choice(PROCESSES)
        pid = rng.randrange(100, 99999)
        if line_no % 300 == 0:
            text = rng.choice(FINDINGS)
        else:
            text = rng.choice(MESSAGES).format(
                n=rng.randrange(100000), a=rng.randrange(256), b=rng.randrange(256),
                c=rng.randrange(256), port=rng.randrange(1024, 65536), ms=rng.randrange(5000),
                us=rng.randrange(1000), kb=rng.randrange(1 << 20), h=rng.randrange(1 << 36),
                maj=rng.randrange(20), min=rng.randrange(20), pat=rng.randrange(10),
                pid=pid, uuid="%032X" % rng.getrandbits(128), state=rng.choice(STATES))
        line = "%s host-%d %s[%d] <Notice>: %s\n" % (stamp, line_no % 7, process, pid, text)
        chunk.append(line)
        written += len(line)
        if len(chunk) == 10000:
            out.write("".join(chunk))
            chunk = []
    out.write("".join(chunk))


if __name__ == "__main__":
    main()
