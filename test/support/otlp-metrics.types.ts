/** One OTLP/JSON ExportMetricsServiceRequest, as the services send it; only what checks read. */
export interface OtlpMetricsRequest {
  resourceMetrics?: {
    resource?: { attributes?: { key: string; value: { stringValue?: string } }[] };
    scopeMetrics?: { metrics?: OtlpMetric[] }[];
  }[];
}

/** One metric of an OTLP/JSON request: a sum (counter) or a histogram. */
export interface OtlpMetric {
  name: string;
  sum?: { dataPoints?: OtlpNumberPoint[]; isMonotonic?: boolean };
  histogram?: { dataPoints?: { count?: string | number; attributes?: OtlpAttribute[] }[] };
}

interface OtlpAttribute {
  key: string;
  value: { stringValue?: string; intValue?: string | number; doubleValue?: number };
}

interface OtlpNumberPoint {
  asInt?: string | number;
  asDouble?: number;
  attributes?: OtlpAttribute[];
}

/** A metric as a check reads it: which service sent it and its points flattened. */
export interface RecordedMetric {
  serviceName: string;
  metric: OtlpMetric;
}
