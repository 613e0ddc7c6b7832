#!/usr/bin/env python3
"""Signs in as a user through the login form and times GETs of one page: prints p50 and p95 in ms.
   bench/page-times.py BASE USER PASSWORD PATH [N]"""
import http.cookiejar, re, sys, time, urllib.parse, urllib.request

base, user, password, path = sys.argv[1:5]
n = int(sys.argv[5]) if len(sys.argv) > 5 else 30
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
page = opener.open(base + "/login.xhtml").read().decode()
state = re.search(r'name="jakarta.faces.ViewState"[^>]*value="([^"]+)"', page).group(1)
nonce = re.search(r"PrimeFaces\.csp\.init\('([^']+)'\)", page)
form = {"login": "login", "login:username": user, "login:password": password, "login:submit": "",
        "jakarta.faces.ViewState": state}
if nonce:
    form["primefaces.nonce"] = nonce.group(1)
opener.open(base + "/login.xhtml", urllib.parse.urlencode(form).encode()).read()
times = []
for _ in range(n):
    began = time.perf_counter()
    body = opener.open(base + path).read().decode()
    times.append((time.perf_counter() - began) * 1000)
    if "met-value" not in body:
        sys.exit("not the dashboard (signed out?): " + body[:200])
times.sort()
print(f"{times[len(times) // 2]:.0f} {times[min(len(times) - 1, int(len(times) * 0.95))]:.0f}")
