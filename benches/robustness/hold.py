#!/usr/bin/env python3
"""Half-sent requests against a server, the robustness review's attack (issue 13).

    hold.py PORT PID CONNECTIONS ADDRESSES SECONDS

Opens CONNECTIONS connections to 127.0.0.1:PORT, spread over ADDRESSES source addresses
(127.0.1.1, 127.0.1.2, ...), each sending `GET /pl/ HTTP/1.1\\r\\n` and nothing more, and holds them
for SECONDS. Meanwhile a visitor from 127.0.0.2 asks `/healthz` on a fresh connection every second.
Prints, as `key: value` lines: connections opened and refused, how many the server still held each
second (a held connection is one the server has not closed), the visitor's answers and times, and
the server's resident memory (PID) before, at its peak and 5 s after the holder lets go.
Needs `ulimit -n` above CONNECTIONS for this process.
"""
import selectors
import socket
import statistics
import sys
import time

port, pid, total, addresses, seconds = (int(a) for a in sys.argv[1:6])


def rss_kb():
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS"):
                return int(line.split()[1])
    return 0


def visitor():
    """One fresh connection from another address: (status line, milliseconds) or (error, ms)."""
    start = time.monotonic()
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=5, source_address=("127.0.0.2", 0)) as s:
            s.sendall(b"GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
            data = s.recv(64)
        status = data.split(b"\r\n", 1)[0].decode(errors="replace") or "closed without answer"
    except OSError as e:
        status = f"error: {e}"
    return status, (time.monotonic() - start) * 1000


sel = selectors.DefaultSelector()
before = rss_kb()
peak = before
t0 = time.monotonic()
visits = []
next_visit = t0
refused = 0
sockets = []
for i in range(total):
    try:
        s = socket.socket()
        s.setblocking(False)
        s.bind((f"127.0.1.{1 + i % addresses}", 0))
        try:
            s.connect(("127.0.0.1", port))
        except BlockingIOError:
            pass
        sel.register(s, selectors.EVENT_WRITE)
        sockets.append(s)
    except OSError:
        refused += 1
opened_in = time.monotonic() - t0
next_visit = time.monotonic()
# A socket is held once its connection is up and the half request is sent; it counts as closed
# by the server when a read ends.
connected = closed = failed = 0
last_close = 0.0
held_by_second = []
end = time.monotonic() + seconds
while time.monotonic() < end:
    for key, events in sel.select(timeout=0.1):
        s = key.fileobj
        if events & selectors.EVENT_WRITE and key.events == selectors.EVENT_WRITE:
            if s.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR) != 0:
                sel.unregister(s)
                failed += 1
                continue
            try:
                s.send(b"GET /pl/ HTTP/1.1\r\n")
            except OSError:
                sel.unregister(s)
                failed += 1
                continue
            connected += 1
            sel.modify(s, selectors.EVENT_READ)
        elif events & selectors.EVENT_READ:
            try:
                data = s.recv(4096)
            except OSError:
                data = b""
            if not data:
                sel.unregister(s)
                closed += 1
                last_close = time.monotonic() - t0
    if time.monotonic() >= next_visit:
        visits.append(visitor())
        held_by_second.append(connected - closed)
        peak = max(peak, rss_kb())
        next_visit += 1
waiting = total - refused - connected - failed
for s in sockets:
    s.close()
time.sleep(5)
after = rss_kb()

answered = [ms for status, ms in visits if " 200 " in status + " "]
print(f"connections asked: {total} from {addresses} addresses in {opened_in:.1f} s; connected and half request sent: {connected}; failed: {failed + refused}; still waiting to connect at the end: {waiting}")
print(f"held open (connected, not yet closed by the server), each second: {held_by_second}")
print(f"closed by the server: {closed} (the last {last_close:.1f} s after the start)")
print(f"visitor: {len(answered)}/{len(visits)} answered 200" + (
    f", median {statistics.median(answered):.1f} ms, max {max(answered):.1f} ms" if answered else ""))
others = sorted({status for status, _ in visits if " 200 " not in status + " "})
if others:
    print(f"visitor's other answers: {others}")
print(f"server RSS: {before} kB before, {peak} kB peak, {after} kB 5 s after")
