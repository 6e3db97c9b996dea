#pragma once

// Shared data sets for the vision tests (../shared/DATA.md), found through CAMPUSDESK_TEST_DATA.

#include <QDir>
#include <QFile>
#include <QString>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

namespace cd::test {

// <CAMPUSDESK_TEST_DATA>/datasets/<name>, or an empty string when it is not there.
inline QString datasetDir(const QString &name)
{
    const QString data = qEnvironmentVariable("CAMPUSDESK_TEST_DATA");
    const QString dir = QDir(data).filePath(QStringLiteral("datasets/") + name);
    return !data.isEmpty() && QDir(dir).exists() ? dir : QString();
}

inline cv::Mat readImage(const QString &path, int flags = cv::IMREAD_COLOR)
{
    return cv::imread(QFile::encodeName(path).toStdString(), flags);
}

// The first `perPerson` images of each lfw-dev identity, sorted by name.
inline QStringList lfwImages(const QString &lfw, int perPerson)
{
    QStringList paths;
    const QDir root(lfw);
    for (const QString &person : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QDir dir(root.filePath(person));
        const QStringList files = dir.entryList({QStringLiteral("*.jpg")}, QDir::Files, QDir::Name);
        for (int i = 0; i < std::min(perPerson, int(files.size())); ++i)
            paths << dir.filePath(files[i]);
    }
    return paths;
}

} // namespace cd::test
