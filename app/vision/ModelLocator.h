#pragma once

#include "app/core/Result.h"
#include "app/vision/ModelCatalogue.h"

#include <QCoreApplication>
#include <QStringList>

namespace cd {

// Finds installed models. Looks in an override directory first (the constructor argument, else
// the CAMPUSDESK_MODEL_DIR environment variable; tests use it), then the user's model directory
// (<data directory>/models), then the system directory the package installs into.
class ModelLocator
{
    Q_DECLARE_TR_FUNCTIONS(ModelLocator)

public:
    explicit ModelLocator(const QString &overrideDirectory = {});

    static QString userDirectory(); // e.g. ~/.local/share/campusdesk/models
    static QString systemDirectory(); // <prefix>/share/campusdesk/models, prefix of the executable

    QStringList searchPath() const; // existing or not, in search order

    // The first directory in the search path that holds every file of the model.
    std::optional<QString> directoryOf(const ModelInfo &model) const;

    // The path of one file of a model, or a translated NotFound error naming the places searched.
    Result<QString> locate(const QString &modelId, const QString &fileName) const;

    // Checks size and SHA-256 of every file of `model` in `directory`.
    static Result<void> verify(const ModelInfo &model, const QString &directory);

private:
    QString m_override;
};

} // namespace cd
