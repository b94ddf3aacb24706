"""Query strings are checked before any view parses them: a NUL byte (which PostgreSQL refuses in text,
admin list filters included), a huge value or thousands of repeated keys get a clear 400, not a 500 or
seconds of work."""

from django.http import HttpResponseBadRequest

MAX_VALUE_LENGTH = 500
MAX_VALUES = 50
MAX_QUERY_LENGTH = 8192


def query_problem(query, raw_length):
    if raw_length > MAX_QUERY_LENGTH:
        return f"The address's query is {raw_length:,} characters long; at most {MAX_QUERY_LENGTH:,} are read."
    values = 0
    for name, items in query.lists():
        values += len(items)
        if values > MAX_VALUES:
            return f"The address has more than {MAX_VALUES} parameters."
        for value in (name, *items):
            if "\x00" in value:
                return f"“{name.replace(chr(0), '')[:40]}” holds a NUL character, which no filter can contain."
            if len(value) > MAX_VALUE_LENGTH:
                return f"“{name[:40]}” is {len(value):,} characters long; at most {MAX_VALUE_LENGTH} are read."
    return None


def bounded_query_strings(get_response):
    def middleware(request):
        problem = query_problem(request.GET, len(request.META.get("QUERY_STRING", "")))
        if problem:
            return HttpResponseBadRequest(problem + "\n", content_type="text/plain; charset=utf-8")
        return get_response(request)

    return middleware
