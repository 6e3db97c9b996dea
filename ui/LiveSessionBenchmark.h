#pragma once

#include "app/core/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace cd {

struct LiveBenchOptions
{
    QString dataset; // one folder of photos per identity (lfw-dev)
    int enrol = 5; // K photos enrolled per identity
    double unknownFraction = 0.3; // identities kept as strangers
    quint32 seed = 7;
    int framesPerImage = 10;
    double fps = 30;
    // Only the first N identities of the shuffled order (split among themselves); 0: all.
    int maxIdentities = 0;
};

struct LiveBenchResult
{
    int identities = 0; // shown
    int enrolledShown = 0; // enrolled identities with at least one photo shown
    int strangersShown = 0;
    int recognised = 0; // enrolled identities shown and marked present or late by the camera
    int wrongMarks = 0; // a student marked while another identity was shown
    int strangerMarks = 0; // a student marked while a stranger was shown
    int templates = 0;
    int rejectedEnrolmentPhotos = 0;
    QMap<QString, int> rejectedBecause; // EnrolmentIssue's name -> photos
    QString strangerMarked; // which stranger was taken for which student, for tuning
    qint64 frames = 0;
    qint64 framesProcessed = 0;
    qint64 framesDropped = 0;
    double uiLagMedianMs = 0;
    double uiLagP95Ms = 0;
    double uiLagMaxMs = 0;
    double faceToRosterMedianMs = 0; // from the identity's first frame to its row changing
    double faceToRosterP95Ms = 0;
    double seconds = 0; // of the session
    QString model;

    QJsonObject toJson() const;
};

// `campusdesk-cli bench live`: the real live panel (LiveAttendanceDialog), shown offscreen over a
// real SQLite school, fed a session built from a face dataset with the split of `face eval`
// (FaceEvaluation): of the shuffled identities the first F are strangers; every other one is a
// consenting student on the register with its first K photos enrolled (FaceEnroller, stored
// encrypted). The source then shows, one identity after another, each of that identity's
// remaining photos (all of a stranger's) for N frames at the given fps on a 640x480 canvas, in
// real time, while the GUI thread's event-loop delay is sampled (EventLoopLatency). Needs a
// QApplication.
class LiveSessionBenchmark
{
    Q_DECLARE_TR_FUNCTIONS(LiveSessionBenchmark)
public:
    static Result<LiveBenchResult> run(const LiveBenchOptions &options);
};

} // namespace cd
