"""Views of Mach mit!, split by audience: public, volunteer, organiser, coordination."""


def posted(request):
    """The POST data, or None on GET: an empty POST still binds the form (and shows errors)."""
    return request.POST if request.method == "POST" else None
