package org.arhub.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.arhub.store.ControlNumbers.Kind;
import org.arhub.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.annotation.AnnotationTransactionAttributeSource;
import org.springframework.transaction.interceptor.TransactionInterceptor;
import org.springframework.transaction.support.TransactionTemplate;

class ControlNumbersTest {
  private final DataSource ds = TestDatabase.migratedDatabase("control");
  private final JdbcTemplate jdbc = new JdbcTemplate(ds);
  private final DataSourceTransactionManager txm = new DataSourceTransactionManager(ds);
  private final TransactionTemplate tx = new TransactionTemplate(txm);

  private long next(Kind kind) {
    return tx.execute(s -> numbers.next("acme", kind));
  }

  private final ControlNumbers numbers = transactional(new ControlNumbers(jdbc));

  ControlNumbersTest() {
    jdbc.update(
        "insert into partner(id, name, kind, config) values ('acme', 'ACME', 'CUSTOMER', '{}')");
  }

  private ControlNumbers transactional(ControlNumbers target) {
    ProxyFactory proxy = new ProxyFactory(target);
    proxy.addAdvice(new TransactionInterceptor(txm, new AnnotationTransactionAttributeSource()));
    proxy.setProxyTargetClass(true);
    return (ControlNumbers) proxy.getProxy();
  }

  @Test
  void numbersCountUpPerPartnerAndKind() {
    assertThat(next(Kind.ISA)).isEqualTo(1);
    assertThat(next(Kind.ISA)).isEqualTo(2);
    assertThat(next(Kind.GS)).isEqualTo(1);
  }

  @Test
  void aRolledBackSendGivesItsNumberBack() {
    tx.execute(s -> numbers.next("acme", Kind.ISA));
    tx.executeWithoutResult(
        s -> {
          numbers.next("acme", Kind.ISA);
          s.setRollbackOnly();
        });
    assertThat(next(Kind.ISA)).isEqualTo(2);
  }

  @Test
  void outsideATransactionIsRefused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> numbers.next("acme", Kind.ISA))
        .isInstanceOf(IllegalTransactionStateException.class);
  }

  @Test
  void concurrentSendersNeverShareANumberAndLeaveNoGap() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<Long>> taken = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      taken.add(pool.submit(() -> next(Kind.ISA)));
    }
    List<Long> values = new ArrayList<>();
    for (Future<Long> f : taken) {
      values.add(f.get());
    }
    pool.shutdown();
    Collections.sort(values);
    assertThat(values).hasSize(200).doesNotHaveDuplicates();
    assertThat(values.get(0)).isEqualTo(1L);
    assertThat(values.get(199)).isEqualTo(200L);
  }

  @Test
  void theNumberWrapsAfterNineDigits() {
    tx.execute(s -> numbers.next("acme", Kind.GS));
    jdbc.update(
        "update edi_control_number set last_value = 999999999 where partner_id = 'acme' and kind = 'GS'");
    assertThat(next(Kind.GS)).isEqualTo(1);
  }
}
