from django.core.management.base import BaseCommand, CommandError

from operations.backups import BackupError, create_backup


class Command(BaseCommand):
    help = (
        "Write one dated archive (tar.gz) with the database, the uploaded files and a manifest "
        "(time, migrations, rows per model, checksums of files). Restore it with `restore`."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output", default="backups", help="Folder for the archive (default: backups/)."
        )

    def handle(self, *args, output, **options):
        try:
            path, manifest = create_backup(output)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        rows = sum(manifest["counts"].values())
        self.stdout.write(
            self.style.SUCCESS(
                f"{path}: {rows} rows in {len(manifest['counts'])} models, "
                f"{len(manifest['media'])} uploaded files"
            )
        )
