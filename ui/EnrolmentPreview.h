#pragma once

#include "app/vision/FaceEnroller.h"

#include <QImage>
#include <QWidget>

namespace cd {

// The camera picture with the enrolment feedback drawn over it: each face found, green when the
// picture can be captured, amber with the advice when not. Paints the last frame it was given;
// the frame is only held in memory.
class EnrolmentPreview : public QWidget
{
    Q_OBJECT
public:
    explicit EnrolmentPreview(QWidget *parent = nullptr);

    void setFrame(const QImage &image); // the newest picture, shown at once
    void setSample(const EnrolmentSample &sample); // the feedback of the last examined frame
    void clear(const QString &placeholder); // no picture: the text instead

    const QImage &image() const { return m_image; }
    const EnrolmentSample &sample() const { return m_sample; }

    QSize sizeHint() const override { return {480, 360}; }
    QSize minimumSizeHint() const override { return {240, 180}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QImage m_image;
    EnrolmentSample m_sample;
    bool m_hasSample = false;
    QString m_placeholder;
};

} // namespace cd
