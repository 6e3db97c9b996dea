#pragma once

#include <QCoreApplication>
#include <QObject>

#include <functional>

namespace cd {

// Saves an export a page has already made (CSV bytes) to the file the user chose: on the thread
// pool, atomically (QSaveFile, so a failure leaves the old file as it was), then calls `done`
// on the receiver's thread with the outcome and the sentence to show.
class CsvFileExport
{
    Q_DECLARE_TR_FUNCTIONS(CsvFileExport)
public:
    static void save(QObject *receiver, const QString &path, const QByteArray &bytes, int rows,
                     std::function<void(bool ok, const QString &message)> done);
};

} // namespace cd
