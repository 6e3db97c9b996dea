#include "app/vision/FaceGallery.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

namespace {

// A unit vector in the plane of axes 0 and 1 at `cosine` to axis 0, so scores are exact.
std::vector<float> atCosine(float cosine, int dimension = 4)
{
    std::vector<float> v(size_t(dimension), 0.0f);
    v[0] = cosine;
    v[1] = std::sqrt(std::max(0.0f, 1 - cosine * cosine));
    return v;
}

std::vector<float> axis(int i, int dimension = 4, float length = 1)
{
    std::vector<float> v(size_t(dimension), 0.0f);
    v[size_t(i)] = length;
    return v;
}

} // namespace

class TestFaceGallery : public QObject
{
    Q_OBJECT
private slots:
    void emptyGalleryIsUnknown()
    {
        const FaceGallery gallery;
        const GalleryMatch match = gallery.identify(axis(0));
        QVERIFY(!match.accepted);
        QVERIFY(match.candidate.isEmpty());
        QVERIFY(match.studentId().isEmpty());
        QCOMPARE(gallery.templateCount(), 0);
        QCOMPARE(gallery.studentCount(), 0);
    }

    void refusesBadTemplatesAndProbes()
    {
        FaceGallery gallery;
        QVERIFY(!gallery.add(u"a"_s, {}));
        QVERIFY(!gallery.add(u"a"_s, {0.0f, 0.0f}));
        QVERIFY(!gallery.add(u"a"_s, {NAN, 1.0f}));
        QVERIFY(!gallery.add(QString(), axis(0)));
        QVERIFY(gallery.add(u"a"_s, axis(0)));
        QVERIFY(!gallery.add(u"b"_s, axis(0, 5))); // another length
        QCOMPARE(gallery.templateCount(), 1);
        QVERIFY(!gallery.identify(axis(0, 5)).accepted); // probe of another length
        QVERIFY(!gallery.identify(std::vector<float>(4, 0.0f)).accepted);
        QVERIFY(gallery.identify(axis(0)).accepted);
    }

    void templatesAndProbesAreNormalised()
    {
        FaceGallery gallery(0.99f, 0);
        QVERIFY(gallery.add(u"a"_s, axis(0, 4, 7.5f)));
        const GalleryMatch match = gallery.identify(axis(0, 4, 0.01f));
        QVERIFY(match.accepted);
        QCOMPARE(match.candidate, u"a"_s);
        QVERIFY(std::abs(match.score - 1) < 1e-6f);
        QCOMPARE(match.runnerUp, -1.0f); // nobody else enrolled
        // A single template scoring below zero keeps its own score (no mean of one).
        const GalleryMatch opposite = gallery.identify(axis(0, 4, -1));
        QCOMPARE(opposite.score, -1.0f);
    }

    void thresholdEdge()
    {
        FaceGallery gallery(0.5f, 0);
        QVERIFY(gallery.add(u"a"_s, axis(0)));
        // cos = 0.5 exactly is accepted (score >= threshold), just below is not.
        QVERIFY(gallery.identify(atCosine(0.5f)).accepted);
        const GalleryMatch below = gallery.identify(atCosine(0.4999f));
        QVERIFY(!below.accepted);
        QCOMPARE(below.candidate, u"a"_s); // still the best candidate for rank-1
        QVERIFY(below.studentId().isEmpty());
    }

    void marginEdge()
    {
        // a at axis 0 scores 0.5, b scores 0 (values exact in float): a lead of 0.5.
        FaceGallery gallery(0.5f, 0.5f);
        QVERIFY(gallery.add(u"a"_s, axis(0)));
        QVERIFY(gallery.add(u"b"_s, {0.5f, 0.5f, -0.5f, -0.5f}));
        const std::vector<float> probe{0.5f, 0.5f, 0.5f, 0.5f};
        GalleryMatch match = gallery.identify(probe);
        QCOMPARE(match.candidate, u"a"_s);
        QCOMPARE(match.score, 0.5f);
        QCOMPARE(match.runnerUp + 1, 1.0f); // 0, whatever the sign
        QVERIFY(match.accepted); // lead == margin
        gallery.setMargin(0.5001f);
        match = gallery.identify(probe);
        QVERIFY(!match.accepted);
        QCOMPARE(match.candidate, u"a"_s);
        QVERIFY(FaceGallery::accepts(0.75f, 0.5f, 0.5f, 0.25f));
        QVERIFY(!FaceGallery::accepts(0.75f, 0.5f, 0.5f, 0.2501f));
        QVERIFY(!FaceGallery::accepts(0.49f, 0.0f, 0.5f, 0.0f));
    }

    void severalTemplatesPerStudent()
    {
        // b's templates sit between the probe and a's: the runner-up is another student's best,
        // never a second template of the winner.
        FaceGallery gallery(0.5f, 0.05f);
        QVERIFY(gallery.add(u"a"_s, atCosine(0.70f)));
        QVERIFY(gallery.add(u"b"_s, atCosine(0.80f)));
        QVERIFY(gallery.add(u"a"_s, atCosine(0.95f)));
        QVERIFY(gallery.add(u"a"_s, atCosine(0.90f)));
        QVERIFY(gallery.add(u"b"_s, atCosine(0.85f)));
        QCOMPARE(gallery.templateCount(), 5);
        QCOMPARE(gallery.studentCount(), 2);
        const GalleryMatch match = gallery.identify(axis(0));
        QCOMPARE(match.candidate, u"a"_s);
        QVERIFY(std::abs(match.score - 0.95f) < 1e-5f);
        QVERIFY(std::abs(match.runnerUp - 0.85f) < 1e-5f);
        QVERIFY(match.accepted);
        // Two templates of one student close together do not block each other.
        FaceGallery twins(0.5f, 0.05f);
        QVERIFY(twins.add(u"a"_s, atCosine(0.95f)));
        QVERIFY(twins.add(u"a"_s, atCosine(0.949f)));
        QVERIFY(twins.identify(axis(0)).accepted);
        // The mean of a student's templates is one more template: two photos either side of
        // the probe average to the probe itself.
        FaceGallery sides(0.99f, 0);
        QVERIFY(sides.add(u"a"_s, {0.6f, 0.8f, 0, 0}));
        QVERIFY(sides.add(u"a"_s, {0.6f, -0.8f, 0, 0}));
        const GalleryMatch middle = sides.identify(axis(0));
        QVERIFY(std::abs(middle.score - 1) < 1e-6f);
        QVERIFY(middle.accepted);
        QCOMPARE(sides.templateCount(), 2);
        // Adding after an identification is taken into account.
        QVERIFY(sides.add(u"b"_s, axis(0)));
        QCOMPARE(sides.identify(axis(0)).runnerUp, sides.identify(axis(0)).score);
        gallery.clear();
        QCOMPARE(gallery.templateCount(), 0);
        QVERIFY(gallery.identify(axis(0)).candidate.isEmpty());
    }

    // Agrees with a plain reference (every student's best score, then the two highest) on
    // random data, and is fast enough for a school: 10,000 students x 3 templates.
    void matchesReferenceAmongTenThousandStudents()
    {
        constexpr int students = 10000, perStudent = 3, dimension = 128;
        std::mt19937 random(42);
        std::normal_distribution<float> normal;
        FaceGallery gallery(0.9f, 0.02f);
        gallery.reserve(students * perStudent);
        std::vector<std::vector<float>> all;
        for (int t = 0; t < perStudent; ++t)
            for (int s = 0; s < students; ++s) {
                std::vector<float> v(dimension);
                for (float &x : v)
                    x = normal(random);
                QVERIFY(gallery.add(u"s%1"_s.arg(s), v));
                all.push_back(v);
            }
        QCOMPARE(gallery.templateCount(), students * perStudent);
        QCOMPARE(gallery.studentCount(), students);

        std::vector<std::vector<float>> probes;
        for (int p = 0; p < 200; ++p) {
            // Near one enrolled template, so there is a clear winner.
            std::vector<float> v = all[size_t(p * 97 % all.size())];
            for (float &x : v)
                x += 0.3f * normal(random);
            probes.push_back(v);
        }
        for (int p = 0; p < 20; ++p) {
            std::vector<double> best(students, -2);
            const auto unit = [](const std::vector<float> &v) {
                double n = 0;
                for (float x : v)
                    n += double(x) * x;
                return std::sqrt(n);
            };
            const std::vector<float> &probe = probes[size_t(p)];
            const auto cosine = [&](const std::vector<float> &v) {
                double dot = 0;
                for (int d = 0; d < dimension; ++d)
                    dot += double(v[size_t(d)]) * probe[size_t(d)];
                return dot / unit(v) / unit(probe);
            };
            for (int s = 0; s < students; ++s) {
                std::vector<float> mean(dimension, 0.0f);
                for (int t = 0; t < perStudent; ++t) {
                    const std::vector<float> &v = all[size_t(t * students + s)];
                    best[size_t(s)] = std::max(best[size_t(s)], cosine(v));
                    for (int d = 0; d < dimension; ++d)
                        mean[size_t(d)] += v[size_t(d)] / float(unit(v));
                }
                best[size_t(s)] = std::max(best[size_t(s)], cosine(mean));
            }
            const auto top = std::max_element(best.begin(), best.end());
            const int winner = int(top - best.begin());
            const double first = *top;
            *top = -2;
            const double second = *std::max_element(best.begin(), best.end());
            const GalleryMatch match = gallery.identify(probes[size_t(p)]);
            QCOMPARE(match.candidate, u"s%1"_s.arg(winner));
            QVERIFY(std::abs(match.score - first) < 1e-4);
            QVERIFY(std::abs(match.runnerUp - second) < 1e-4);
        }
    }
};

QTEST_GUILESS_MAIN(TestFaceGallery)
#include "tst_facegallery.moc"
