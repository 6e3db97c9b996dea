#pragma once

#include "app/core/Id.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace cd {

// A student of the class, as bulk enrolment matches photos against them.
struct EnrolmentCandidate
{
    Id id;
    QString studentNumber;
    QString name;
    bool consent = false;
};

// One file of the folder and the student its name points to.
struct EnrolmentPhoto
{
    enum class Match {
        Student, // a student of the class with consent: to be examined and enrolled
        NoStudent, // the name is no student number of this class
        NoConsent, // the student has no consent recorded
        NotAnImage, // not a picture file (by its suffix)
    };

    QString path;
    QString fileName;
    QString number; // the student number the name stands for (as typed in the name)
    Match match = Match::NoStudent;
    EnrolmentCandidate student; // for Student and NoConsent
};

// Bulk enrolment's folder rules, without widgets or disk writes: photos are named by student
// number, optionally with a counter for several photos of one student ("2026-0001.jpg",
// "2026-0001_2.png", "2026-0001 (3).jpeg"), and match the class's students case-insensitively.
class EnrolmentPhotos
{
    Q_DECLARE_TR_FUNCTIONS(EnrolmentPhotos)
public:
    // The files of `folder` (not its subfolders, not hidden files), sorted by name; empty when
    // the folder cannot be read. Reads the disk: call it off the GUI thread.
    static QStringList listFolder(const QString &folder);
    // Whether a file name's suffix is a picture format Qt can read.
    static bool looksLikeImage(const QString &fileName);
    // The base name without a counter: "2026-0001 (3).jpeg" gives "2026-0001". The name as is
    // when it has no counter.
    static QString withoutCounter(const QString &baseName);
    // Each file matched against `students`. A base name that is itself a student number wins
    // over the same name read with a counter removed (numbers may end in "_2").
    static QList<EnrolmentPhoto> match(const QStringList &paths,
                                       const QList<EnrolmentCandidate> &students);
    // Why a photo that is not Match::Student is skipped, translated.
    static QString reason(const EnrolmentPhoto &photo);
};

} // namespace cd
