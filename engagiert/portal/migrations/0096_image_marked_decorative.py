# The image's "decorative" field renamed: Wagtail's images have an attribute of that name for one
# use in an ImageBlock, which their constructor resets (the field's value was lost when read).

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0095_index_easy_read_pages"),
    ]

    operations = [
        migrations.RemoveConstraint(model_name="portalimage", name="portal_image_alt_or_decorative"),
        migrations.RenameField(model_name="portalimage", old_name="decorative", new_name="marked_decorative"),
        migrations.AddConstraint(
            model_name="portalimage",
            constraint=models.CheckConstraint(
                condition=models.Q(("marked_decorative", True), models.Q(("description", ""), _negated=True), _connector="OR"),
                name="portal_image_alt_or_decorative",
            ),
        ),
    ]
