# NumPy's side of `npm run bench`: one long-lived process that reads JSON commands from stdin and
# answers on stdout, so NumPy is timed warm, as a notebook runs it. A fresh process per case hands
# each large temporary back to the system and page-faults it in again on every call (glibc's
# adaptive mmap threshold rises only after the first frees), which is not NumPy's steady state.
#
# {"cmd": "load", "inputs": [{name, path, dtype, shape}], "setup": str}   -> {"ok": true}
# {"cmd": "run", "stmt": str, "out": path}      -> the result, as float64 values, written to out
# {"cmd": "time", "stmt": str, "budget": s}     -> {"median_s", "samples"} after a warm-up
import json
import statistics
import sys
import timeit

import numpy as np

env = {"np": np}


def flat(result):
    if isinstance(result, (tuple, list)):
        return np.concatenate([flat(r) for r in result]) if result else np.zeros(0)
    return np.asarray(result, dtype=np.float64).reshape(-1)


def main():
    for line in sys.stdin:
        msg = json.loads(line)
        try:
            if msg["cmd"] == "load":
                env.clear()
                env["np"] = np
                for x in msg["inputs"]:
                    env[x["name"]] = np.fromfile(x["path"], dtype=x["dtype"]).reshape(x["shape"])
                exec(msg.get("setup") or "", env)
                reply = {"ok": True}
            elif msg["cmd"] == "run":
                flat(eval(msg["stmt"], env)).tofile(msg["out"])
                reply = {"ok": True}
            elif msg["cmd"] == "time":
                timer = timeit.Timer(msg["stmt"], globals=env)
                budget = msg["budget"]
                # Warm-up: until the allocator has settled (a fifth of the budget, 3 calls at least).
                number, total = timer.autorange()
                warm = max(3, int(budget / 5 / max(total / number, 1e-9)))
                timer.timeit(min(warm, 100 * number))
                repeat = max(3, min(25, int(budget / max(total, 1e-9))))
                times = timer.repeat(repeat=repeat, number=number)
                reply = {"median_s": statistics.median(times) / number, "samples": repeat * number}
            else:
                reply = {"error": "unknown command"}
        except Exception as e:  # reported to the runner, which notes it and goes on
            reply = {"error": f"{type(e).__name__}: {e}"}
        sys.stdout.write(json.dumps(reply) + "\n")
        sys.stdout.flush()


main()
