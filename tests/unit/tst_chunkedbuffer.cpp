// ChunkedBuffer: a process's whole stdout kept in pieces and joined once. What a parser later
// reads must be exactly the bytes in order, whatever the sizes of the pieces, and a piece of
// pipe output must never make the buffer copy what it already holds.
#include "util/chunkedbuffer.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Perfdeck;

class TestChunkedBuffer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void emptyJoinsToNothing() {
        ChunkedBuffer buffer;
        QVERIFY(buffer.isEmpty());
        QVERIFY(buffer.join().isEmpty());
        buffer.append(QByteArray());
        buffer.append("x", 0);
        QVERIFY(buffer.isEmpty());
        QCOMPARE(buffer.blockCount(), 0);
    }

    // Pipe-sized pieces, lines, and pieces larger than a block, in one stream: the join is
    // the same bytes as one array grown the slow way.
    void joinIsTheBytesInOrder() {
        QRandomGenerator random(7);
        ChunkedBuffer buffer;
        QByteArray expected;
        const qsizetype sizes[] = {1,
                                   80,
                                   4096,
                                   65536,
                                   ChunkedBuffer::BlockBytes - 3,
                                   ChunkedBuffer::BlockBytes * 2 + 11,
                                   17,
                                   65536};
        char next = 'a';
        for (const qsizetype size : sizes) {
            QByteArray piece(size, next);
            piece[random.bounded(int(size))] = '\n';
            next = next == 'z' ? 'a' : char(next + 1);
            buffer.append(piece);
            expected += piece;
        }
        QCOMPARE(buffer.size(), expected.size());
        QVERIFY(buffer.join() == expected);
    }

    // 100 MB of 64 KiB pipe reads stay in 1 MiB blocks: no block grows beyond its
    // reservation (which would copy it), and the count of blocks is the size over a block.
    void pipeReadsFillBlocksWithoutGrowingThem() {
        ChunkedBuffer buffer;
        const QByteArray read(65536, 'j');
        const int reads = 1600;
        for (int i = 0; i < reads; ++i)
            buffer.append(read);
        QCOMPARE(buffer.size(), qsizetype(reads) * read.size());
        QCOMPARE(buffer.blockCount(), buffer.size() / ChunkedBuffer::BlockBytes);
    }

    // A copy handed to a parsing thread keeps what it saw when more is appended or the
    // buffer is cleared for the next run.
    void copiesAreIndependent() {
        ChunkedBuffer buffer;
        buffer.append(QByteArrayLiteral("first\n"));
        const ChunkedBuffer handedOver = buffer;
        buffer.append(QByteArrayLiteral("second\n"));
        QCOMPARE(handedOver.join(), QByteArrayLiteral("first\n"));
        QCOMPARE(buffer.join(), QByteArrayLiteral("first\nsecond\n"));
        buffer.clear();
        QVERIFY(buffer.isEmpty());
        QCOMPARE(handedOver.join(), QByteArrayLiteral("first\n"));
    }
};

QTEST_GUILESS_MAIN(TestChunkedBuffer)
#include "tst_chunkedbuffer.moc"
