#include "ui/CsvFileExport.h"

#include "ui/Background.h"

#include <QDir>
#include <QSaveFile>

namespace cd {

void CsvFileExport::save(QObject *receiver, const QString &path, const QByteArray &bytes, int rows,
                         std::function<void(bool ok, const QString &message)> done)
{
    runInBackground(
        receiver,
        [path, bytes] {
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()
                || !file.commit())
                return file.errorString();
            return QString();
        },
        [path, rows, done = std::move(done)](const QString &error) {
            const QString shown = QDir::toNativeSeparators(path);
            if (error.isEmpty())
                done(true, tr("Exported %n row(s) to %1.", nullptr, rows).arg(shown));
            else
                done(false,
                     tr("Could not write %1: %2. Nothing was exported; choose another "
                        "file or folder.")
                         .arg(shown, error));
        });
}

} // namespace cd
