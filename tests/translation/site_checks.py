"""A check a site could add through SC_WAGTAIL["QA_EXTRA_CHECKS"]."""

from sc_wagtail.translation.qa import Check


class NoExclamation(Check):
    name = "no-exclamation"

    def check_segment(self, segment, context):
        if "!" in segment.target:
            yield self.finding("!", "House style: no exclamation marks.")
