"""Confirmation links: the plaintext token goes; its digest (0007) is required and unique.
A separate migration from 0007, so PostgreSQL alters the table after the data migration's
transaction (no "pending trigger events")."""

from django.db import migrations, models

class Migration(migrations.Migration):
    dependencies = [
        ("card", "0008_confirmation_token_hash"),
    ]

    operations = [
        migrations.RemoveField(
            model_name="activityconfirmation",
            name="token",
        ),
        migrations.AlterField(
            model_name="activityconfirmation",
            name="token_hash",
            field=models.CharField(max_length=64, unique=True),
        ),
    ]
