"""Views of Mach mit!, split by audience: public, volunteer, organiser, coordination."""
