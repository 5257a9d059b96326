"""python manage.py demo_users: one account per role, for the local demo only."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

from claims.roles import EDITORS, READ_ONLY, REVIEWERS
from claims.services.profiles import profile_language_set

DEMO_USERS = [
    ("admin", None, True),
    ("editor", EDITORS, False),
    ("reviewer", REVIEWERS, False),
    ("reader", READ_ONLY, False),
]


class Command(BaseCommand):
    help = "Create demo accounts admin/editor/reviewer/reader sharing one password (demo only)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--password", required=True)

    def handle(self, *args, password: str, **options) -> None:
        from django.conf import settings

        if not settings.DEBUG:
            raise CommandError("Demo accounts are for DEBUG (local demo) installs only.")
        users = get_user_model()
        for username, group, is_admin in DEMO_USERS:
            user, _ = users.objects.get_or_create(username=username)
            user.is_staff = True
            user.is_superuser = is_admin
            user.set_password(password)
            user.save()
            if group:
                user.groups.set([Group.objects.get(name=group)])
            # The demo newsroom is French: its people start in French (the switcher changes it).
            profile_language_set(user=user, language="fr")
            self.stdout.write(f"  {username:<9} {group or 'superuser'}")
