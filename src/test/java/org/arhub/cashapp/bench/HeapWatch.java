package org.arhub.cashapp.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The heap a phase needed: the highest heap in use sampled every 10 ms (garbage included), and the
 * highest heap still in use after a collection (what the phase really kept alive), from the GC
 * notifications.
 */
final class HeapWatch implements AutoCloseable {
  private final AtomicLong sampledPeak = new AtomicLong();
  private final AtomicLong liveAfterGc = new AtomicLong();
  private final Thread sampler;
  private final NotificationListener listener = (notification, handback) -> onGc(notification);
  private volatile boolean running = true;

  HeapWatch() {
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc).addNotificationListener(listener, null, null);
    }
    sampler =
        new Thread(
            () -> {
              while (running) {
                sampledPeak.accumulateAndGet(used(), Math::max);
                try {
                  Thread.sleep(10);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "heap-watch");
    sampler.setDaemon(true);
    sampler.start();
  }

  /** Starts a new phase: the peaks so far are forgotten. */
  void reset() {
    sampledPeak.set(used());
    liveAfterGc.set(0);
  }

  long sampledPeakMb() {
    return Math.max(sampledPeak.get(), used()) >> 20;
  }

  long liveAfterGcMb() {
    return liveAfterGc.get() >> 20;
  }

  static long used() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private void onGc(javax.management.Notification notification) {
    if (!notification
        .getType()
        .equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
      return;
    }
    GarbageCollectionNotificationInfo info =
        GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
    long after =
        info.getGcInfo().getMemoryUsageAfterGc().values().stream()
            .mapToLong(MemoryUsage::getUsed)
            .sum();
    liveAfterGc.accumulateAndGet(after, Math::max);
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      try {
        ((NotificationEmitter) gc).removeNotificationListener(listener);
      } catch (javax.management.ListenerNotFoundException e) {
        // never registered on this collector
      }
    }
  }
}
