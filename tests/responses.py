"""Reading a response's bytes whether Django streamed it (files, PDFs) or not (spreadsheets)."""


def body(response):
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def text(response):
    """A text download as a spreadsheet program reads it: UTF-8, the byte-order mark dropped."""
    return body(response).decode("utf-8-sig")
