"""Views of Mach mit!, split by audience: public, volunteer, organiser, coordination."""

from django.http import Http404


def not_found():
    raise Http404
