/** Tests of the proxy sample on the drachtio test kit: forking, failover, record-routing, logging, settings. */
package io.drachtio.samples.proxy;
