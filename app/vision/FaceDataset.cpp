#include "app/vision/FaceDataset.h"

#include <QDir>

#include <algorithm>
#include <cmath>
#include <random>

namespace cd {

using namespace Qt::Literals::StringLiterals;

QStringList FaceDataset::identities(const QString &dataset)
{
    const QDir root(dataset);
    QStringList names;
    for (const QString &name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        if (!imagesOf(root.filePath(name)).isEmpty())
            names << name;
    return names;
}

QStringList FaceDataset::imagesOf(const QString &folder)
{
    const QDir dir(folder);
    QStringList paths;
    const QStringList patterns{u"*.jpg"_s, u"*.jpeg"_s, u"*.png"_s,
                               u"*.pgm"_s, u"*.ppm"_s,  u"*.bmp"_s};
    for (const QString &name : dir.entryList(patterns, QDir::Files, QDir::Name | QDir::IgnoreCase))
        paths << dir.filePath(name);
    return paths;
}

std::vector<int> FaceDataset::shuffle(int count, quint32 seed)
{
    std::vector<int> order(size_t(std::max(0, count)));
    for (int i = 0; i < count; ++i)
        order[size_t(i)] = i;
    std::mt19937 engine(seed);
    for (int i = count - 1; i > 0; --i) {
        const int j = int(engine() % quint32(i + 1));
        std::swap(order[size_t(i)], order[size_t(j)]);
    }
    return order;
}

int FaceDataset::strangerCount(int identities, double fraction)
{
    return int(std::lround(fraction * double(identities)));
}

} // namespace cd
