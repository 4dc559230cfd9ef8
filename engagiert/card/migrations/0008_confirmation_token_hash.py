"""Confirmation links: store the SHA-256 digest of each token instead of the token itself.
Links already sent keep working: their tokens are hashed here (core.tokens.digest)."""

import hashlib

from django.db import migrations, models


def hash_tokens(apps, schema_editor):
    ActivityConfirmation = apps.get_model("card", "ActivityConfirmation")
    for confirmation in ActivityConfirmation.objects.only("pk", "token").iterator():
        digest = hashlib.sha256(confirmation.token.encode()).hexdigest()
        ActivityConfirmation.objects.filter(pk=confirmation.pk).update(token_hash=digest)


def invalidate_links(apps, schema_editor):
    """Backwards: the tokens cannot be recovered from their digests; every open link stops working."""
    import secrets

    ActivityConfirmation = apps.get_model("card", "ActivityConfirmation")
    for pk in ActivityConfirmation.objects.values_list("pk", flat=True).iterator():
        ActivityConfirmation.objects.filter(pk=pk).update(token=secrets.token_urlsafe(32))


class Migration(migrations.Migration):
    dependencies = [
        ("card", "0007_postcode_phone_fields"),
    ]

    operations = [
        migrations.AlterField(  # no longer required, so that 0008 can be reversed
            model_name="activityconfirmation",
            name="token",
            field=models.CharField(max_length=64, null=True),
        ),
        migrations.AddField(
            model_name="activityconfirmation",
            name="token_hash",
            field=models.CharField(max_length=64, null=True),
        ),
        migrations.RunPython(hash_tokens, invalidate_links),
    ]
