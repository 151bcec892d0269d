from django.core.management.base import BaseCommand, CommandError

from operations.backups import BackupError, restore_backup
from operations.generation import bump_generation


class Command(BaseCommand):
    help = (
        "Restore an archive made by `backup` into an EMPTY database (and the media storage), "
        "then check every model's row count and every file against the archive's manifest."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="The .tar.gz file written by `backup`.")

    def handle(self, *args, archive, **options):
        try:
            manifest = restore_backup(archive)
        except (BackupError, FileNotFoundError, KeyError) as exc:
            raise CommandError(str(exc)) from exc
        bump_generation()  # cached pages show the content from before the restore
        rows = sum(manifest["counts"].values())
        self.stdout.write(
            self.style.SUCCESS(
                f"Restored {archive} (made {manifest['created']}): {rows} rows, "
                f"{len(manifest['media'])} uploaded files, all as in the manifest"
            )
        )
