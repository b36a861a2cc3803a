"""Words per second of the translation QA checker, and its findings on correct text.

    .venv/bin/python benchmarks/qa_speed.py

Checks 100,000 words of correct French and of correct Spanish (the test corpus repeated)
through the same code as `python -m sc_wagtail.translation.qa`, with the glossary.
"""

import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CORPUS = ROOT / "tests" / "translation" / "corpus"
TARGET_WORDS = 100_000


def main():
    from sc_wagtail.translation.qa import Context, run_checks
    from sc_wagtail.translation.qa.cli import load_glossary
    from sc_wagtail.translation.qa.readers import read_text

    glossary = load_glossary(CORPUS / "glossary.csv")
    print(f"{'text':<28}{'words':>9}{'seconds':>9}{'words/s':>10}{'findings':>10}{'peak MiB':>10}")
    for language in ("fr", "es"):
        segments, _ = read_text(CORPUS / f"{language}_correct.txt")
        words = sum(len(s.target.split()) for s in segments)
        copies = -(-TARGET_WORDS // words)
        big = [s for _ in range(copies) for s in segments]
        context = Context(target_language=language, glossary=glossary)
        tracemalloc.start()
        started = time.perf_counter()
        findings = run_checks(big, context)
        elapsed = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
        total = words * copies
        print(
            f"{language + ' (correct, repeated)':<28}{total:>9}{elapsed:>9.2f}"
            f"{total / elapsed:>10.0f}{len(findings):>10}{peak:>10.1f}"
        )


if __name__ == "__main__":
    main()
