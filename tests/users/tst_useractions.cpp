#include <QTest>
class TestUserActions : public QObject
{
    Q_OBJECT
};
QTEST_GUILESS_MAIN(TestUserActions)
#include "tst_useractions.moc"
