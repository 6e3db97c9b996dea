#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace cd {

// A folder of face photos, one subfolder per identity (lfw-dev, ORL), and the split that
// `face eval` and `bench live` share: identities sorted by name, shuffled with the seed, the first
// strangerCount() of that order kept as strangers, the first K photos of each other identity
// enrolled. No OpenCV here, so the UI's benchmark can use it.
class FaceDataset
{
public:
    // The names of the identity folders that hold at least one image, sorted.
    static QStringList identities(const QString &dataset);
    // Image files (jpg, jpeg, png, pgm, ppm, bmp) of one identity folder, by name.
    static QStringList imagesOf(const QString &folder);
    // Fisher-Yates with std::mt19937 and j = engine() % (i + 1), from the last element down:
    // the same order on every platform (std::shuffle and the distributions are not).
    static std::vector<int> shuffle(int count, quint32 seed);
    // round(fraction x identities).
    static int strangerCount(int identities, double fraction);
};

} // namespace cd
