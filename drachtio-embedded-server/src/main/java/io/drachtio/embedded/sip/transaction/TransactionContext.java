package io.drachtio.embedded.sip.transaction;

import io.drachtio.embedded.sip.time.SipScheduler;
import io.drachtio.embedded.sip.time.TimerSettings;
import io.drachtio.embedded.sip.transport.MessageSender;
import java.util.function.Consumer;

/**
 * What every transaction needs from its surroundings.
 *
 * @param scheduler    runs timers; transactions are only touched on its thread
 * @param timers       T1, T2, T4
 * @param sender       sends messages
 * @param onTerminated told when a transaction terminates, to forget it
 */
record TransactionContext(SipScheduler scheduler, TimerSettings timers, MessageSender sender,
                          Consumer<Transaction> onTerminated) {
}
