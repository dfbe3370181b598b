package org.arhub.hub;

import org.arhub.store.GlExportStore.Batch;
import org.arhub.store.GlExportStore.Delivery;

/** Somewhere a batch's files go; says what became of one attempt. */
interface GlTarget {
  Delivery send(Batch batch, byte[] csv, byte[] json);
}
