package dev.cxcrm.ejb.feedback;

import dev.cxcrm.ejb.customer.CustomerQueries;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The reader of the segment send job: the segment's customer ids in id order, {@value #PAGE} per
 * query; the checkpoint is the last id handed out, so a restarted job goes on after it.
 */
@Named
@Dependent
public class SegmentCustomers extends AbstractItemReader {
  static final int PAGE = 500;

  @Inject
  @BatchProperty(name = "sendId")
  String sendId;

  @Inject CustomerQueries customers;
  @Inject SurveySendRepository sends;

  private String segment;
  private long last;
  private final Deque<Long> buffer = new ArrayDeque<>();
  private boolean exhausted;

  @Override
  public void open(Serializable checkpoint) {
    segment = sends.find(Long.parseLong(sendId)).orElseThrow().segment();
    last = checkpoint instanceof Long l ? l : 0L;
  }

  @Override
  public Object readItem() {
    if (buffer.isEmpty() && !exhausted) {
      var page = customers.inSegment(segment, last, PAGE);
      buffer.addAll(page);
      exhausted = page.size() < PAGE;
    }
    Long next = buffer.poll();
    if (next != null) {
      last = next;
    }
    return next;
  }

  @Override
  public Serializable checkpointInfo() {
    return last;
  }
}
