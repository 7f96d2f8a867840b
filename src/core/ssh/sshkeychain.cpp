#include "ssh/sshkeychain.h"

#include <qt6keychain/keychain.h>

namespace Perfdeck {

namespace {

QString jobError(const QKeychain::Job *job) {
    if (job->error() == QKeychain::NoError)
        return {};
    return QStringLiteral("keychain: %1").arg(job->errorString());
}

// Jobs delete themselves; the callback runs only while its context lives.
template<typename Job, typename Done>
void startJob(Job *job, QObject *context, Done done) {
    job->setAutoDelete(true);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [job, done = std::move(done)] { done(job); });
    job->start();
}

} // namespace

QString SshKeychain::service() {
    return QStringLiteral("perfdeck");
}

void SshKeychain::read(const QString &key, QObject *context,
                       std::function<void(const QString &, const QString &)> done) {
    auto *job = new QKeychain::ReadPasswordJob(service());
    job->setKey(key);
    startJob(job, context, [done = std::move(done)](QKeychain::Job *j) {
        const auto *r = static_cast<QKeychain::ReadPasswordJob *>(j);
        const QString error = jobError(r);
        done(error.isEmpty() ? r->textData() : QString(), error);
    });
}

void SshKeychain::write(const QString &key, const QString &secret, QObject *context,
                        std::function<void(const QString &)> done) {
    auto *job = new QKeychain::WritePasswordJob(service());
    job->setKey(key);
    job->setTextData(secret);
    startJob(job, context, [done = std::move(done)](QKeychain::Job *j) { done(jobError(j)); });
}

void SshKeychain::remove(const QString &key, QObject *context,
                         std::function<void(const QString &)> done) {
    auto *job = new QKeychain::DeletePasswordJob(service());
    job->setKey(key);
    startJob(job, context, [done = std::move(done)](QKeychain::Job *j) { done(jobError(j)); });
}

} // namespace Perfdeck
