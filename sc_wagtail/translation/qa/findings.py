"""What a QA check reports: a Finding with a severity, a fragment and a fix hint."""

import enum
from dataclasses import asdict, dataclass, field


class Severity(enum.IntEnum):
    INFO = 10
    WARNING = 20  # needs a reviewer's acknowledgement
    ERROR = 30  # blocks approval

    @classmethod
    def parse(cls, value):
        try:
            return cls[str(value).upper()]
        except KeyError:
            names = ", ".join(s.name.lower() for s in cls)
            raise ValueError(f"Unknown severity {value!r}: use one of {names}.") from None

    def __str__(self):
        return self.name.lower()


@dataclass
class Finding:
    check: str
    severity: Severity
    fragment: str
    hint: str
    # Where: filled in by the caller that knows the file and segment.
    file: str = ""
    line: int | None = None
    segment: str | None = None
    # Offsets of the fragment within the checked text (target text unless stated).
    start: int | None = field(default=None, repr=False)
    # The check knows the correction (Check.fix): the review screen offers it in one click.
    fixable: bool = False

    def as_dict(self):
        data = asdict(self)
        data["severity"] = str(self.severity)
        data.pop("start")
        data.pop("fixable")
        return data
