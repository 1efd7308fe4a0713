#!/usr/bin/env python3
"""Bad actors for scripts/bench-server, against a textkg server on loopback for a fixed time:
sockets that connect and send nothing, clients that send half a request head and stop, slow
readers (a large answer read 1 KB every half second), and heavy joins in a loop. Standard
library only. Prints one line per kind saying what happened to it.

Usage: bench-bad-actors.py PORT SECONDS [IDLE SLOW_HEAD SLOW_READERS HEAVY]
"""
import socket
import sys
import threading
import time
import urllib.parse

port, seconds = int(sys.argv[1]), float(sys.argv[2])
idle_n, half_n, slow_n, heavy_n = (int(x) for x in (sys.argv[3:7] + ["500", "50", "20", "2"][len(sys.argv[3:7]):]))
end = time.monotonic() + seconds
lock = threading.Lock()
seen = {"idle closed by server": 0, "idle got bytes": 0, "half heads answered": 0,
        "slow readers": 0, "slow reader KB": 0,
        "heavy": 0, "heavy statuses": {}, "heavy max s": 0.0}


def count(key, n=1):
    with lock:
        seen[key] += n


def get(target):
    return (f"GET {target} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n").encode()


def query(q):
    return get("/sparql?query=" + urllib.parse.quote(q))


def idle():
    socks = []
    for _ in range(idle_n):
        try:
            socks.append(socket.create_connection(("127.0.0.1", port), timeout=5))
        except OSError:
            pass
    while time.monotonic() < end:
        time.sleep(0.5)
    for s in socks:
        s.setblocking(False)
        try:
            data = s.recv(64)
            count("idle got bytes" if data else "idle closed by server")
        except BlockingIOError:
            pass
        except OSError:
            count("idle closed by server")
        s.close()


def half_heads():
    while time.monotonic() < end:
        socks = []
        for _ in range(half_n):
            try:
                s = socket.create_connection(("127.0.0.1", port), timeout=5)
                s.sendall(b"GET /sparql?query=SELECT HTTP/1.1\r\nHost: x\r\nAcc")
                socks.append(s)
            except OSError:
                pass
        for s in socks:
            s.settimeout(max(0.1, min(15.0, end - time.monotonic())))
            try:
                if s.recv(64):
                    count("half heads answered")
            except OSError:
                pass
            s.close()


def slow_reader():
    # Every row of a cross join of the store with itself: far more than socket buffers hold.
    request = query("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }")
    while time.monotonic() < end:
        try:
            s = socket.create_connection(("127.0.0.1", port), timeout=30)
            s.sendall(request)
            got = 0
            while time.monotonic() < end:
                data = s.recv(1024)
                if not data:
                    break
                got += len(data)
                time.sleep(0.5)
            count("slow readers")
            count("slow reader KB", got // 1024)
            s.close()
        except OSError:
            time.sleep(0.1)


def heavy():
    # A count over a three-way cross join, and a sort of a two-way one, in turn.
    requests = [query("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"),
                query("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f")]
    turn = 0
    while time.monotonic() < end:
        request = requests[turn % 2]
        turn += 1
        started = time.monotonic()
        try:
            s = socket.create_connection(("127.0.0.1", port), timeout=60)
            s.sendall(request)
            head = s.recv(64)
            while s.recv(65536):
                pass
            status = head.split(b" ")[1].decode() if head else "none"
            s.close()
        except OSError as e:
            status = type(e).__name__
        with lock:
            seen["heavy"] += 1
            seen["heavy statuses"][status] = seen["heavy statuses"].get(status, 0) + 1
            seen["heavy max s"] = max(seen["heavy max s"], round(time.monotonic() - started, 2))


threads = [threading.Thread(target=idle)]
threads += [threading.Thread(target=half_heads)]
threads += [threading.Thread(target=slow_reader) for _ in range(slow_n)]
threads += [threading.Thread(target=heavy) for _ in range(heavy_n)]
for t in threads:
    t.start()
for t in threads:
    t.join(timeout=seconds + 60)
print(f"bad actors: {idle_n} idle sockets ({seen['idle closed by server']} closed by the server, "
      f"{seen['idle got bytes']} got bytes); {half_n} half-sent heads at a time ({seen['half heads answered']} "
      f"answered 408); {seen['slow readers']} slow readers "
      f"({seen['slow reader KB']} KB read); {seen['heavy']} heavy joins (statuses {seen['heavy statuses']}, "
      f"longest {seen['heavy max s']} s)")
