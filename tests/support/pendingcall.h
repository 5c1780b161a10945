#pragma once

#include "braze/apiresult.h"
#include "braze/requesthandle.h"

#include <QSignalSpy>
#include <memory>

namespace TestSupport {

// A call whose end is recorded from the moment it was made: handles delete themselves after
// finishing, so a test that waits for several calls must listen to all of them at once.
class PendingCall
{
public:
    explicit PendingCall(Braze::RequestHandle *handle);
    // The result, or one with status -1 if the call never ends (every caller's checks then fail).
    Braze::ApiResult result(int timeoutMs = 15000);

private:
    std::unique_ptr<QSignalSpy> m_spy;
};

Braze::ApiResult resultOf(Braze::RequestHandle *handle, int timeoutMs = 15000);

} // namespace TestSupport
