#include "pendingcall.h"

namespace TestSupport {

PendingCall::PendingCall(Braze::RequestHandle *handle)
    : m_spy(std::make_unique<QSignalSpy>(handle, &Braze::RequestHandle::finished))
{
}

Braze::ApiResult PendingCall::result(int timeoutMs)
{
    if (m_spy->isEmpty() && !m_spy->wait(timeoutMs)) {
        Braze::ApiResult never;
        never.httpStatus = -1;
        return never;
    }
    return m_spy->first().first().value<Braze::ApiResult>();
}

Braze::ApiResult resultOf(Braze::RequestHandle *handle, int timeoutMs)
{
    return PendingCall(handle).result(timeoutMs);
}

} // namespace TestSupport
