#pragma once

#include "app/core/Actor.h"
#include "app/vision/FaceEnroller.h"
#include "ui/FaceKeyring.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace cd {

class Database;

// One line of a bulk enrolment's report.
struct BulkEnrolmentRow
{
    QString fileName;
    QString student; // "First Last (number)" when the name matched a student of the class
    bool enrolled = false;
    QString outcome; // "Enrolled", or why not (translated)
};

// Enrols a class from a folder of photos named by student number (EnrolmentPhotos), on its own
// thread: reads the class list and the consents, then examines each matched photo and stores its
// template. Each photo is one store action, reported as soon as it is done; cancel() stops before
// the next photo, so nothing is half-done beyond the photos already reported. Signals reach
// receivers in the GUI thread queued. The store checks roles and consent again.
class BulkFaceEnrolment : public QObject
{
    Q_OBJECT
public:
    BulkFaceEnrolment(const Database &db, const Actor &actor, QObject *parent = nullptr);
    ~BulkFaceEnrolment() override; // cancels and waits

    // Does nothing while running.
    void start(const QString &folder, const Id &courseId, std::shared_ptr<FaceEnroller> enroller,
               FaceKeyring::Cipher cipher);
    void cancel();
    bool isRunning() const { return m_thread && m_thread->isRunning(); }

signals:
    void started(int files); // the folder's files, all of which will be reported
    void photoDone(const cd::BulkEnrolmentRow &row);
    // After the last report; `error` when the run could not begin (unreadable folder, class list).
    void finished(bool cancelled, const QString &error);

private:
    void run(const QString &folder, const Id &courseId, std::shared_ptr<FaceEnroller> enroller,
             FaceKeyring::Cipher cipher);

    const Database &m_db;
    Actor m_actor;
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel{false};
};

} // namespace cd

Q_DECLARE_METATYPE(cd::BulkEnrolmentRow)
